import { Suspense, type ComponentType } from 'react';
import type { AccessFlag } from '../access.ts';
import { FullPageSpin } from '../components/FullPageSpin.tsx';
import { useAccess } from '../hooks/useAccess.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { ForbiddenPage } from '../pages/ForbiddenPage.tsx';

type Props = { name: string; access?: AccessFlag; Component: ComponentType };

// Guards one page of the route table: without the route's access flag the page is not rendered.
export function RequireAccess({ name, access, Component }: Props) {
  const flags = useAccess();
  useDocumentTitle(name);
  if (access && !flags[access]) return <ForbiddenPage />;
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Component />
    </Suspense>
  );
}
