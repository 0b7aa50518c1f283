import type { CredentialAuthenticator } from './exec-credential';

/**
 * The `gcp` and `azure` kubeconfig auth providers, which kubectl removed in
 * 1.26 in favour of exec plugins (gke-gcloud-auth-plugin, kubelogin).
 * client-node still runs their `cmd-path` with execSync: it blocks the
 * whole server while it runs, has no timeout, and puts the command's
 * output in its error message. Refused here as kubectl refuses them, with a
 * message saying what to use instead.
 */
const REPLACEMENTS: Record<string, string> = {
  gcp: 'gke-gcloud-auth-plugin',
  azure: 'kubelogin',
};

export const removedAuthProviders: CredentialAuthenticator = {
  isAuthProvider: (user) => user.authProvider?.name !== undefined && user.authProvider.name in REPLACEMENTS,
  applyAuthentication(user) {
    const name = user.authProvider?.name ?? '';
    return Promise.reject(
      new Error(
        `the ${name} auth provider was removed from kubectl in 1.26 and is not supported: use the ${REPLACEMENTS[name] ?? 'provider'} exec credential plugin instead`,
      ),
    );
  },
};
