// Image attributes per platform, kept apart from the photo picker so that a page showing a
// thumbnail does not pull in the picker and the upload code.
const h5 = process.env.TARO_ENV === 'h5';

/**
 * Lazy loading: WeChat's own; in the browser the <img> attribute (Taro's H5 lazyLoad needs
 * IntersectionObserver, which older Android WebViews lack). `alt` goes on the real <img>.
 */
export function imageProps(alt: string): Record<string, unknown> {
  return h5 ? { imgProps: { alt, loading: 'lazy' } } : { lazyLoad: true };
}
