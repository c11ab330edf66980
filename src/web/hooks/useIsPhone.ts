import { Grid } from 'antd';

// Below antd's `md` breakpoint (768 px): menus become drawers, drawers take the full width.
export function useIsPhone(): boolean {
  return Grid.useBreakpoint().md === false;
}
