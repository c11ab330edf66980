import type { ThemeConfig } from 'antd';

// People who asked their system for less motion get none: menus and drawers appear at once.
// (End-to-end tests ask for it too, so nothing moves under a click.)
const prefersReducedMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

// antd's default look with a font stack that renders Chinese well on Windows, macOS and Linux.
export const theme: ThemeConfig = {
  token: {
    motion: !prefersReducedMotion,
    colorPrimary: '#1677ff',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerPadding: '0 16px' },
  },
};
