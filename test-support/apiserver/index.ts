/** The kube-apiserver test double: see server.ts. */
export * from './certs';
export * from './documents';
export * from './kubeconfig';
export * from './server';
