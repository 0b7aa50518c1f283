import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CRDS } from '../../test-support/fixtures';
import { crdDetails, defaultDeprecationWarning } from './details';
import { describeManifests, readManifestText } from './manifests';
import { parseCrdYaml } from './parse';

const text = (relative: string) => readFileSync(path.join(CRDS, relative), 'utf8');
const crd = (relative: string) => parseCrdYaml(text(relative), relative)[0]!;

describe('reading CRD manifest files (crds:DIR)', () => {
  it('reads every CRD of a multi-document YAML file and ignores other objects, counting them', () => {
    const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: operator\n';
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: webhook\n';
    const file = [
      '# a chart',
      deployment,
      text('knative-eventing/pingsources.sources.knative.dev.yaml'),
      service,
      text('velero/backups.velero.io.yaml'),
      '',
    ].join('\n---\n');
    const read = readManifestText(file, 'chart/all.yaml');
    expect(read.errors).toEqual([]);
    expect(read.crds.map((c) => c.crd.metadata.name)).toEqual(['pingsources.sources.knative.dev', 'backups.velero.io']);
    expect(read.ignored.map((i) => i.what)).toEqual(['apps/v1 Deployment', 'v1 Service']);
    // Each CRD says the line its object starts at.
    const lines = file.split('\n');
    expect(read.crds[0]!.line).toBe(lines.indexOf('apiVersion: apiextensions.k8s.io/v1', lines.indexOf('# Copyright 2020 The Knative Authors')) + 1);
    expect(describeManifests(read, 1)).toBe('2 CRDs from 1 file; 2 other documents ignored (1 apps/v1 Deployment, 1 v1 Service)');
  });

  it('reads JSON, including a List of CRDs as `kubectl get crd -o json` writes it', () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [crd('gateway-api/gatewayclasses.gateway.networking.k8s.io.yaml'), { apiVersion: 'v1', kind: 'ConfigMap' }],
    };
    const read = readManifestText(JSON.stringify(list, null, 2), 'crds.json');
    expect(read.crds.map((c) => c.crd.spec.names.kind)).toEqual(['GatewayClass']);
    expect(read.ignored).toEqual([{ file: 'crds.json', line: 1, what: 'v1 ConfigMap' }]);
  });

  it('ignores a removed apiextensions.k8s.io/v1beta1 CRD instead of publishing it', () => {
    const read = readManifestText(
      'apiVersion: apiextensions.k8s.io/v1beta1\nkind: CustomResourceDefinition\nmetadata:\n  name: x.example.com\n',
      'old.yaml',
    );
    expect(read.crds).toEqual([]);
    expect(read.ignored.map((i) => i.what)).toEqual(['apiextensions.k8s.io/v1beta1 CustomResourceDefinition']);
  });

  it('names the file, line and column of a YAML syntax error, and keeps the file’s other documents', () => {
    const good = text('velero/backups.velero.io.yaml');
    const broken = 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec:\n  group: [unclosed\n';
    const read = readManifestText(`${good}\n---\n${broken}`, 'crds/mixed.yaml');
    expect(read.crds.map((c) => c.crd.metadata.name)).toEqual(['backups.velero.io']);
    expect(read.errors).toHaveLength(1);
    const brokenStart = good.split('\n').length + 2;
    expect(read.errors[0]!.file).toBe('crds/mixed.yaml');
    expect(read.errors[0]!.line).toBeGreaterThanOrEqual(brokenStart);
    expect(read.errors[0]!.message).toMatch(/^crds\/mixed\.yaml:\d+:\d+ \(document 2\): not valid YAML or JSON: /);
  });

  it('names the file, line and field of a document that claims to be a CRD but is not valid', () => {
    const read = readManifestText(
      'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: x.example.com\nspec:\n  group: example.com\n',
      'bad.yaml',
    );
    expect(read.crds).toEqual([]);
    expect(read.errors).toEqual([{ file: 'bad.yaml', line: 1, message: expect.stringMatching(/^bad\.yaml:1: .*spec\.names is missing/) }]);
  });

  it('reads YAML written from JSON the same as the JSON (one parser for both)', () => {
    const value = crd('cert-manager/certificates.cert-manager.io.yaml');
    expect(readManifestText(stringify(value), 'a.yaml').crds[0]!.crd).toEqual(readManifestText(JSON.stringify(value), 'a.json').crds[0]!.crd);
  });
});

describe('CRD details beyond discovery and OpenAPI', () => {
  it('PingSource (Knative Eventing): both versions, the deprecated one with its own warning, printer columns, Webhook conversion', () => {
    const details = crdDetails(crd('knative-eventing/pingsources.sources.knative.dev.yaml'), 'CRD file crds/pingsource.yaml');
    expect(details.storageVersion).toBe('v1');
    expect(details.categories).toEqual(['all', 'knative', 'sources']);
    expect(details.versions.map((v) => [v.name, v.served, v.storage, v.deprecated])).toEqual([
      ['v1', true, true, false],
      ['v1beta2', true, false, true],
    ]);
    expect(details.versions[1]!.deprecationWarning).toBe(
      'sources.knative.dev/v1beta2 PingSource is deprecated; see https://knative.dev/docs/eventing/sources/ping-source/ for instructions to migrate to sources.knative.dev/v1 PingSource',
    );
    expect(details.versions[0]!.printerColumns.map((c) => [c.name, c.type, c.jsonPath, c.priority])).toEqual([
      ['Sink', 'string', '.status.sinkUri', 0],
      ['Schedule', 'string', '.spec.schedule', 0],
      ['Age', 'date', '.metadata.creationTimestamp', 0],
      ['Ready', 'string', ".status.conditions[?(@.type=='Ready')].status", 0],
      ['Reason', 'string', ".status.conditions[?(@.type=='Ready')].reason", 0],
    ]);
    expect(details.conversion).toEqual({ strategy: 'Webhook', webhook: 'knative-eventing/eventing-webhook', reviewVersions: ['v1', 'v1beta1'] });
  });

  it('TCPRoute (Gateway API): an unserved deprecated version is listed too, with the warning the server would default to', () => {
    const route = crd('gateway-api/tcproutes.gateway.networking.k8s.io.yaml');
    const details = crdDetails(route, 'CRD file x');
    expect(details.versions.map((v) => [v.name, v.served, v.deprecated])).toEqual([
      ['v1', true, false],
      ['v1alpha2', false, true],
    ]);
    expect(details.conversion).toEqual({ strategy: 'None' });
    // Without a deprecationWarning of its own, apiextensions-apiserver names the newest served, not deprecated version.
    const bare = { ...route, spec: { ...route.spec, versions: route.spec.versions.map((v) => ({ ...v, deprecationWarning: undefined })) } };
    expect(defaultDeprecationWarning(bare, 'v1alpha2')).toBe(
      'gateway.networking.k8s.io/v1alpha2 TCPRoute is deprecated; use gateway.networking.k8s.io/v1 TCPRoute',
    );
  });

  it('GlobalContextEntry (Kyverno): the storage version is v2beta1, not the preferred v2; Certificate (cert-manager): selectable fields', () => {
    expect(crdDetails(crd('kyverno/globalcontextentries.kyverno.io.yaml'), 'x').storageVersion).toBe('v2beta1');
    const certificate = crdDetails(crd('cert-manager/certificaterequests.cert-manager.io.yaml'), 'x');
    expect(certificate.versions[0]!.selectableFields.length).toBe(3);
    expect(certificate.versions[0]!.printerColumns.filter((c) => c.priority > 0).map((c) => c.name)).toEqual(['Status']);
  });
});
