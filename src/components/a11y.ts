// Accessibility attributes per platform. In the browser they become ARIA attributes on the real
// element; WeChat reads its own aria-role / aria-label spelling.
type Props = Record<string, unknown>;

export function buttonA11y(opts: { label?: string; disabled?: boolean; pressed?: boolean; onActivate?: () => void; role?: string }): Props {
  const role = opts.role ?? 'button';
  if (process.env.TARO_ENV !== 'h5') {
    return {
      ariaRole: role,
      ...(opts.label ? { ariaLabel: opts.label } : {}),
      ...(opts.pressed === undefined ? {} : { ariaChecked: opts.pressed }),
      ...(opts.disabled ? { ariaDisabled: true } : {}),
    };
  }
  return {
    role,
    tabIndex: opts.disabled ? -1 : 0,
    ...(opts.label ? { 'aria-label': opts.label } : {}),
    ...(opts.disabled ? { 'aria-disabled': 'true' } : {}),
    ...(opts.pressed === undefined
      ? {}
      : role === 'switch' || role === 'radio' || role === 'checkbox'
        ? { 'aria-checked': String(opts.pressed) }
        : { 'aria-pressed': String(opts.pressed) }),
    onKeyDown: (e: { key?: string; preventDefault?: () => void }) => {
      if (opts.disabled || !opts.onActivate) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault?.();
        opts.onActivate();
      }
    },
  };
}

/** A live region: polite for progress and results, assertive for errors. */
export function liveA11y(kind: 'status' | 'alert'): Props {
  if (process.env.TARO_ENV !== 'h5') return { ariaRole: kind };
  return { role: kind, 'aria-live': kind === 'alert' ? 'assertive' : 'polite' };
}

export function labelA11y(label: string): Props {
  if (process.env.TARO_ENV !== 'h5') return { ariaLabel: label };
  return { 'aria-label': label };
}

export function headingA11y(level: 1 | 2 | 3): Props {
  if (process.env.TARO_ENV !== 'h5') return {};
  return { role: 'heading', 'aria-level': level };
}
