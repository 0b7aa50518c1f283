/**
 * A throwaway PKI for the kube-apiserver test double: a self-signed CA, a
 * server certificate for 127.0.0.1/localhost, and a client certificate,
 * generated in-process with node-forge (its RSA key generation uses Node's
 * native crypto), so no openssl binary or download is needed.
 */
import forge from 'node-forge';

export interface Pem {
  cert: string;
  key: string;
}

export interface TestPki {
  ca: Pem;
  server: Pem;
  /** A client certificate (CN=`clientName`, O=system:masters) the double accepts as authenticated. */
  client: Pem;
  clientName: string;
}

function keyPair(): forge.pki.rsa.KeyPair {
  return forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
}

let serial = 1;

function certificate(options: {
  subject: forge.pki.CertificateField[];
  publicKey: forge.pki.PublicKey;
  issuer: forge.pki.CertificateField[];
  signingKey: forge.pki.rsa.PrivateKey;
  extensions: object[];
}): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = options.publicKey;
  serial += 1;
  cert.serialNumber = `0${serial.toString(16)}${Date.now().toString(16)}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600_000);
  cert.setSubject(options.subject);
  cert.setIssuer(options.issuer);
  cert.setExtensions(options.extensions);
  cert.sign(options.signingKey, forge.md.sha256.create());
  return cert;
}

function pem(cert: forge.pki.Certificate, keys: forge.pki.rsa.KeyPair): Pem {
  return { cert: forge.pki.certificateToPem(cert), key: forge.pki.privateKeyToPem(keys.privateKey) };
}

/** A CA, a server certificate valid for 127.0.0.1 and localhost, and a client certificate, all for one day. */
export function generateTestPki(name = 'kube-api-atlas test'): TestPki {
  const caKeys = keyPair();
  const caSubject = [{ name: 'commonName', value: `${name} CA` }];
  const ca = certificate({
    subject: caSubject,
    issuer: caSubject,
    publicKey: caKeys.publicKey,
    signingKey: caKeys.privateKey,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  });
  const serverKeys = keyPair();
  const server = certificate({
    subject: [{ name: 'commonName', value: 'kube-apiserver' }],
    issuer: caSubject,
    publicKey: serverKeys.publicKey,
    signingKey: caKeys.privateKey,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
          { type: 2, value: 'kubernetes.default.svc' },
        ],
      },
    ],
  });
  const clientName = 'atlas-tester';
  const clientKeys = keyPair();
  const client = certificate({
    subject: [
      { name: 'commonName', value: clientName },
      { name: 'organizationName', value: 'system:masters' },
    ],
    issuer: caSubject,
    publicKey: clientKeys.publicKey,
    signingKey: caKeys.privateKey,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', clientAuth: true },
    ],
  });
  return { ca: pem(ca, caKeys), server: pem(server, serverKeys), client: pem(client, clientKeys), clientName };
}

/** PEM text as base64, the way kubeconfig's `*-data` fields hold it. */
export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}
