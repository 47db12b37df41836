import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-io';

/** Names a browser on this machine uses for a loopback server. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]', '']);

export interface AccessOptions {
  /** The interface the server listens on; a specific, non-wildcard one is accepted as a Host name too. */
  listenHost: string;
  /** More Host names (without port) to answer, e.g. a LAN name the developer opens the demo under. */
  extraHosts?: string[];
  /** More page origins allowed to call the gateway and inspector, e.g. a Taro dev server's http://localhost:10086. */
  extraOrigins?: string[];
}

/**
 * Who the local cloud answers. It serves one page (the H5 app and the inspector on its own origin) and the
 * SDK of local processes; everything else a browser can send is someone else's page:
 * - Host must be a loopback name (or the listen host) with the served port: a DNS-rebinding page sends its
 *   own name and is refused before anything runs.
 * - Origin, when a browser sends one, must be the server's own origin or a configured dev origin; CORS is
 *   answered for those only.
 */
export class AccessPolicy {
  private hosts = new Set<string>();
  private origins = new Set<string>();
  private readonly names: string[];
  private readonly extraOrigins: string[];

  constructor(options: AccessOptions) {
    const listen = options.listenHost.trim().toLowerCase();
    const named = WILDCARD_HOSTS.has(listen) ? [] : [listen.includes(':') ? `[${listen}]` : listen];
    this.names = [...new Set([...LOOPBACK_NAMES, ...named, ...(options.extraHosts ?? []).map((h) => h.toLowerCase())])];
    this.extraOrigins = (options.extraOrigins ?? []).map(normalizeOrigin).filter((o): o is string => o !== null);
  }

  /** Called once the server listens: the port every Host and own origin must carry. */
  bind(port: number): void {
    // A browser leaves the default port out of Host and Origin.
    const suffix = port === 80 ? '' : `:${port}`;
    this.hosts = new Set(this.names.map((name) => `${name}${suffix}`));
    this.origins = new Set([...this.names.map((name) => `http://${name}${suffix}`), ...this.extraOrigins]);
  }

  /** Throws 403 unless the Host header names this server. */
  checkHost(req: IncomingMessage): void {
    const host = (req.headers.host ?? '').trim().toLowerCase();
    if (!this.hosts.has(host)) {
      throw new HttpError(403, 'FORBIDDEN_HOST', `本地云只接受本机地址的请求（Host: ${host || '缺失'}）`);
    }
  }

  /** The Origin header of a browser request, or null when none was sent (the SDK, tests, curl). */
  originOf(req: IncomingMessage): string | null {
    const value = req.headers.origin;
    return typeof value === 'string' ? value : null;
  }

  /** Throws 403 when a browser page of another origin sent the request. */
  checkOrigin(req: IncomingMessage): void {
    const origin = this.originOf(req);
    if (origin !== null && !this.origins.has(normalizeOrigin(origin) ?? '')) {
      throw new HttpError(403, 'FORBIDDEN_ORIGIN', `本地云不接受来自其他网页的请求（Origin: ${origin}）`);
    }
  }

  /** CORS answer headers for an allowed origin; none for a same-server or Origin-less request. */
  corsHeaders(
    req: IncomingMessage,
    allow: { methods: string; headers: string; expose?: string },
  ): Record<string, string> {
    const origin = this.originOf(req);
    if (origin === null || !this.origins.has(normalizeOrigin(origin) ?? '')) return {};
    return {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': allow.methods,
      'access-control-allow-headers': allow.headers,
      ...(allow.expose ? { 'access-control-expose-headers': allow.expose } : {}),
      vary: 'Origin',
    };
  }
}

function normalizeOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.origin === 'null' ? null : url.origin.toLowerCase();
  } catch {
    return null;
  }
}

/** Origins from a comma-separated list (the env var VETGRID_DEV_ORIGINS). */
export function originsFromList(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
