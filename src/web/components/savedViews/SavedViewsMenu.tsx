import { DeleteOutlined, DownOutlined, EditOutlined, EyeOutlined, SaveOutlined, ShareAltOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateSavedView, useDeleteSavedView, useSavedViews, useUpdateSavedView, type SavedViewResource } from '../../api/savedViews.queries.ts';
import type { SavedView } from '../../api/types.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { useCurrentUser } from '../../hooks/useCurrentUser.ts';
import { SaveViewModal, type SaveViewValues } from './SaveViewModal.tsx';

type Props = {
  resource: SavedViewResource;
  // What "save" stores: the list's filters, sort and columns as a flat record.
  currentState: Record<string, string | string[]>;
  activeViewId: string | null;
  onApply: (view: SavedView) => void;
};

type Editing = { mode: 'create' } | { mode: 'rename'; view: SavedView } | null;

// Saved views of a list: pick one, save the current filters as a new one, overwrite, rename,
// share or delete your own. Shared views of colleagues can be opened, not changed.
export function SavedViewsMenu({ resource, currentState, activeViewId, onApply }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { user } = useCurrentUser();
  const views = useSavedViews(resource);
  const createView = useCreateSavedView();
  const updateView = useUpdateSavedView();
  const deleteView = useDeleteSavedView();
  const handleError = useApiErrorHandler();
  const [editing, setEditing] = useState<Editing>(null);

  const items = views.data?.items ?? [];
  const active = items.find((view) => view.id === activeViewId) ?? null;
  const isMine = (view: SavedView) => view.userId === user.id || user.role === 'admin';
  const mine = items.filter((view) => view.userId === user.id);
  const shared = items.filter((view) => view.userId !== user.id);

  const viewItem = (view: SavedView) => ({
    key: `view:${view.id}`,
    icon: view.isShared ? <ShareAltOutlined /> : <EyeOutlined />,
    label: view.userId === user.id ? view.name : t('views.sharedBy', { name: view.name, owner: view.ownerName }),
  });

  const menuItems: MenuProps['items'] = [
    ...(mine.length > 0 ? [{ type: 'group' as const, key: 'mine', label: t('views.mine'), children: mine.map(viewItem) }] : []),
    ...(shared.length > 0 ? [{ type: 'group' as const, key: 'shared', label: t('views.shared'), children: shared.map(viewItem) }] : []),
    ...(items.length === 0 ? [{ key: 'empty', disabled: true, label: t('views.empty') }] : []),
    { type: 'divider' as const },
    { key: 'create', icon: <SaveOutlined />, label: t('views.saveAs') },
    ...(active && isMine(active)
      ? [
          { key: 'overwrite', icon: <SaveOutlined />, label: t('views.overwrite', { name: active.name }) },
          { key: 'rename', icon: <EditOutlined />, label: t('views.rename') },
          { key: 'delete', icon: <DeleteOutlined />, label: t('views.delete'), danger: true },
        ]
      : []),
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key.startsWith('view:')) {
      const view = items.find((v) => `view:${v.id}` === key);
      if (view) onApply(view);
    } else if (key === 'create') setEditing({ mode: 'create' });
    else if (key === 'rename' && active) setEditing({ mode: 'rename', view: active });
    else if (key === 'overwrite' && active) {
      updateView.mutate(
        { id: active.id, body: { version: active.version, state: currentState } },
        { onSuccess: () => void message.success(t('views.saved', { name: active.name })), onError: (error) => handleError(error) },
      );
    } else if (key === 'delete' && active) {
      modal.confirm({
        title: t('views.deleteConfirm', { name: active.name }),
        okText: t('views.delete'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: () => deleteView.mutateAsync(active.id).then(() => void message.success(t('views.deleted')), handleError),
      });
    }
  };

  const save = (values: SaveViewValues) => {
    const done = (view: SavedView) => {
      void message.success(t('views.saved', { name: view.name }));
      setEditing(null);
      onApply(view);
    };
    if (editing?.mode === 'rename') {
      updateView.mutate(
        { id: editing.view.id, body: { version: editing.view.version, name: values.name.trim(), isShared: values.isShared } },
        { onSuccess: done, onError: (error) => handleError(error) },
      );
    } else {
      createView.mutate({ resource, name: values.name.trim(), isShared: values.isShared, state: currentState }, { onSuccess: done, onError: (error) => handleError(error) });
    }
  };

  return (
    <>
      <Dropdown menu={{ items: menuItems, onClick, selectable: true, selectedKeys: active ? [`view:${active.id}`] : [] }} trigger={['click']}>
        <Button loading={views.isPending}>
          {active ? t('views.current', { name: active.name }) : t('views.title')} <DownOutlined />
        </Button>
      </Dropdown>
      <SaveViewModal
        isOpen={editing !== null}
        initial={editing?.mode === 'rename' ? { name: editing.view.name, isShared: editing.view.isShared } : undefined}
        isSaving={createView.isPending || updateView.isPending}
        onSave={save}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
