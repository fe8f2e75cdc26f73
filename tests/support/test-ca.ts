// A throwaway certification authority and a backend certificate for 127.0.0.1 and localhost,
// made with Debian's openssl in a temporary directory (the test's own PKI, nothing installed).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TestPki {
  readonly caFile: string;
  readonly certFile: string;
  readonly keyFile: string;
}

const openssl = (dir: string, ...args: string[]): void => void execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });

export function makeTestPki(dir: string, name = 'ca'): TestPki {
  openssl(dir, 'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '2', '-subj', `/CN=posrt test ${name}`, '-keyout', `${name}.key`, '-out', `${name}.pem`);
  openssl(dir, 'req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', '/CN=localhost', '-keyout', `${name}-backend.key`, '-out', `${name}-backend.csr`);
  writeFileSync(join(dir, `${name}-san.ext`), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  openssl(dir, 'x509', '-req', '-in', `${name}-backend.csr`, '-CA', `${name}.pem`, '-CAkey', `${name}.key`, '-CAcreateserial', '-days', '2', '-extfile', `${name}-san.ext`, '-out', `${name}-backend.pem`);
  return { caFile: join(dir, `${name}.pem`), certFile: join(dir, `${name}-backend.pem`), keyFile: join(dir, `${name}-backend.key`) };
}
