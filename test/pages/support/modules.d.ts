// Untyped build files the page tests load directly (see components.ts and render.tsx).
declare module '@tarojs/components-react/dist/components/*';
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  import type { ComponentType } from 'react';
  export function connectReactPage(react: unknown, id: string): (page: ComponentType) => ComponentType<{ tid: string }>;
  export function createReactApp(app: ComponentType, react: unknown, dom: unknown, config: Record<string, unknown>): unknown;
}
declare module 'react-dom';
