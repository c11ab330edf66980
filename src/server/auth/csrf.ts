import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';

const originOf = (value: string | undefined): string | null => {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
};

// The origin a browser sends (Origin, else Referer) must be the server's own address, the
// configured public URL, or an explicitly trusted origin. A write with neither header is refused.
export function isTrustedOrigin(request: FastifyRequest, config: Config): boolean {
  const origin = originOf(request.headers.origin) ?? originOf(request.headers.referer);
  if (!origin) return false;
  const own = originOf(`${request.protocol}://${request.host}`);
  const trusted = [own, originOf(config.publicUrl), ...config.trustedOrigins.map(originOf)];
  return trusted.includes(origin);
}
