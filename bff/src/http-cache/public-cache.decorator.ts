import { Header } from '@nestjs/common';

/** Marks a public GET as cacheable for `seconds` by browsers, proxies and the BFF's own response cache. */
export function PublicCache(seconds: number): MethodDecorator {
  return Header('Cache-Control', `public, max-age=${seconds}`);
}
