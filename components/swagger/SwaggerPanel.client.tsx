'use client';

/**
 * Swagger UI on a spec slice. Loaded only when a visitor opens the OpenAPI
 * tab (OpenApiTabs.client.tsx imports this module lazily), so swagger-ui-react,
 * its CSS and the theme below are in chunks no page requests before that.
 */
import { useEffect, useState } from 'react';
import SwaggerUI from 'swagger-ui-react';
import 'swagger-ui-react/swagger-ui.css';
import './swagger-theme.css';
import type { OpenAPIV2 } from 'openapi-types';
import { swaggerNestingProblem } from '@/lib/openapi/nesting';
import { swaggerViewSpec } from '@/lib/openapi/swagger-view';
import { BASE_PATH, sitePath } from '@/lib/site/base-path';
import { TRY_IT_PATH } from '@/lib/site/urls';
import { submitMethods } from '@/lib/try-it/policy';

/** Sent with every Try it out request; the site's /try-it route refuses requests without it (lib/try-it/proxy.ts). */
const TRY_IT_HEADER = 'x-atlas-try-it';
/** Writes also carry the session's CSRF token, copied from its cookie (lib/try-it/csrf.ts); another site cannot read it. */
const CSRF_COOKIE = 'atlas-csrf';
const CSRF_HEADER = 'x-atlas-csrf';

function csrfToken(): string | undefined {
  const entry = document.cookie.split('; ').find((c) => c.startsWith(`${CSRF_COOKIE}=`));
  return entry?.slice(CSRF_COOKIE.length + 1);
}

export interface SwaggerPanelProps {
  /** The group-version slice, a path of the site: `/openapi/v2/apis/apps/v1.json`. */
  specPath: string;
  /** On a resource page: show only its operations. */
  resource?: { group: string; version: string; name: string };
  /** Live mode only: what Try it out may send (the server enforces the same). */
  tryIt?: { mode: 'read' | 'write' };
}

type Loaded = { spec: OpenAPIV2.Document } | { error: string } | { tooDeep: string };

export default function SwaggerPanel({ specPath, resource, tryIt }: SwaggerPanelProps) {
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    const url = sitePath(specPath);
    fetch(url)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        const slice = (await response.json()) as OpenAPIV2.Document;
        const target = tryIt
          ? {
              scheme: location.protocol === 'https:' ? ('https' as const) : ('http' as const),
              host: location.host,
              basePath: `${BASE_PATH}${TRY_IT_PATH}`,
            }
          : undefined;
        return swaggerViewSpec(slice, { ...(resource ? { resource } : {}), ...(target ? { target } : {}) });
      })
      .then(
        (spec) => {
          if (cancelled) return;
          // Swagger UI shows nothing at all for a document nested past what its YAML parser reads.
          const problem = swaggerNestingProblem(spec);
          setLoaded(problem ? { tooDeep: problem } : { spec });
        },
        (error: unknown) => !cancelled && setLoaded({ error: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      cancelled = true;
    };
  }, [specPath, resource, tryIt]);

  if (!loaded) return <p className="muted swagger-loading">Loading the OpenAPI document…</p>;
  if ('error' in loaded) return <div className="callout callout-error">The OpenAPI document could not be loaded: {loaded.error}</div>;
  if ('tooDeep' in loaded)
    return (
      <div className="callout callout-warning" data-swagger-too-deep="">
        {loaded.tooDeep}
      </div>
    );
  return (
    <div className="swagger-frame" data-swagger-panel="">
      <SwaggerUI
        spec={loaded.spec}
        docExpansion="list"
        defaultModelsExpandDepth={0}
        displayOperationId
        displayRequestDuration
        deepLinking={false}
        supportedSubmitMethods={submitMethods(tryIt?.mode ?? 'off') as Array<'get' | 'post' | 'put' | 'patch' | 'delete'>}
        requestInterceptor={(request) => {
          const headers = request.headers as Record<string, string>;
          headers[TRY_IT_HEADER] = '1';
          const token = tryIt?.mode === 'write' ? csrfToken() : undefined;
          if (token) headers[CSRF_HEADER] = token;
          return request;
        }}
      />
    </div>
  );
}
