import { NearestMatch } from '@/components/not-found/NearestMatch.client';
import { AppLink } from '@/components/ui/AppLink';
import { SITE_PAGES } from '@/lib/site/urls';

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p className="lede">
        This source serves no such group, version, resource or definition. Paths here mirror the API server&apos;s: <code>/api/v1/pods</code>,{' '}
        <code>/apis/apps/v1/deployments</code>.
      </p>
      <NearestMatch />
      <p>
        <AppLink href={SITE_PAGES.home}>All API groups</AppLink> · <AppLink href={SITE_PAGES.definitions}>All definitions</AppLink>
      </p>
    </>
  );
}
