// The address a printed page's QR code leads back to: the same screen online. In the browser build
// it is this site's own address (hash routing: `…/#/packages/…?id=…`); in WeChat a printed QR
// cannot open a mini-program page without a server-made 小程序码, so the mini-program prints
// from the browser build (see docs/committee.md) and this is only used there.
export function onlineUrl(path: string): string {
  const page = path.startsWith('/') ? path : `/${path}`;
  if (typeof window === 'undefined' || !window.location) return page;
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#${page}`;
}
