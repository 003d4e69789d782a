import React, { type ComponentType } from 'react';
import { render } from '@testing-library/react';
import { connectReactPage } from '@tarojs/plugin-framework-react/dist/runtime';
import { loadElderState } from '../../../src/components/elder';

/** A fresh launch: empty storage, stored preferences read again (what App does on launch). */
export function freshLaunch(storage: Record<string, unknown> = {}): void {
  localStorage.clear();
  for (const [k, v] of Object.entries(storage)) {
    // Taro's H5 storage keeps values as JSON {data: value}.
    localStorage.setItem(k, JSON.stringify({ data: v }));
  }
  loadElderState();
}

/** Mounts a page the way Taro's H5 app does (its page wrapper and page context included). */
export function renderPage(Page: ComponentType, route: string) {
  const Wrapped = connectReactPage(React, route)(Page) as ComponentType<{ tid: string }>;
  return render(<Wrapped tid={route} />);
}
