// A custom component: WeChat requires component: true for custom-tab-bar.
export default { component: true };
