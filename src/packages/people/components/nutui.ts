// The NutUI components the people screens use, imported in one place and one order, so their
// stylesheets are bundled in a stable order (no mini-css-extract "conflicting order").
// (babel-plugin-import rewrites identifier uses, not `export { }` lists, hence the consts.)
import { Button as NutButton, Toast as NutToast } from '@nutui/nutui-react-taro';

export const Button = NutButton;
export const Toast = NutToast;
