import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServedPage {
  slug: string;
  file: string;
  /** The fixture's name (file name without .html), for test titles. */
  name: string;
}

export interface FixtureServer {
  port: number;
  pages: ServedPage[];
  /** Every path the browser asked this server for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** A throwaway self-signed certificate for www.linkedin.com; Chromium runs with --ignore-certificate-errors. */
function makeCert(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'coffee-chat-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
      '-subj', '/CN=www.linkedin.com', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pages of a fixture folder, each at the /in/<slug>/ its expected.json names. */
export function pagesIn(dir: string): ServedPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => {
      const expected = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { url: string };
      const slug = new URL(expected.url).pathname.split('/')[2] ?? '';
      const name = f.replace(/\.expected\.json$/, '');
      return { slug, name, file: join(dir, `${name}.html`) };
    });
}

/**
 * Serves saved profile pages over HTTPS on 127.0.0.1. Two fixtures may share a slug
 * (the "-fullhead" variants): `/in/<slug>/?fixture=<name>` picks one.
 * The CSP keeps the saved pages inert: their own scripts and remote assets never run or load.
 */
export async function startFixtureServer(pages: ServedPage[]): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer(makeCert(), (req, res) => {
    const url = new URL(req.url ?? '/', 'https://www.linkedin.com');
    requests.push(url.pathname + url.search);
    const slug = decodeURIComponent(url.pathname.match(/^\/in\/([^/]+)/)?.[1] ?? '');
    const wanted = url.searchParams.get('fixture');
    const page = pages.find((p) => p.slug === slug && (!wanted || p.name === wanted));
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
      return;
    }
    let body: Buffer;
    try {
      body = readFileSync(page.file);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'cache-control': 'no-store',
    });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    pages,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
