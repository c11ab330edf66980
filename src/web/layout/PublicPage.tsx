import { Suspense, type ComponentType } from 'react';
import { FullPageSpin } from '../components/FullPageSpin.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';

type Props = { name: string; Component: ComponentType };

// A page for signed-out visitors (login, first-run setup).
export function PublicPage({ name, Component }: Props) {
  useDocumentTitle(name);
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Component />
    </Suspense>
  );
}
