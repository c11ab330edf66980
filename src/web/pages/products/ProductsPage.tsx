import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Input, Popconfirm, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDeactivateProduct, useProductCategories, useProducts, useUpdateProduct, type Product } from '../../api/products.queries.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAccess } from '../../hooks/useAccess.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { useDebouncedValue } from '../../hooks/useDebouncedValue.ts';
import { errorText } from '../../i18n/errorText.ts';
import { formatYuan } from '../sales/salesFormat.ts';
import { ProductFormDrawer } from './ProductFormDrawer.tsx';

const PAGE_SIZE = 20;
const fieldStyle = { flex: '1 1 160px', minWidth: 140, maxWidth: 220 };

// 产品目录 (MNY-2 品种/规格): everybody reads it; administrators, the director and back-office keep it.
export function ProductsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { canManageProducts } = useAccess();
  const handleError = useApiErrorHandler();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const category = params.get('category') ?? undefined;
  const status = params.get('status') ?? 'active';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries({ ...patch, page: patch.page })) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const [search, setSearch] = useState(q);
  const debounced = useDebouncedValue(search, 400);
  useEffect(() => {
    if (debounced.trim() !== q) update({ q: debounced.trim() || undefined });
    // Runs on typing only.
  }, [debounced]);

  const products = useProducts({
    q: q || undefined,
    category,
    isActive: status === 'all' ? undefined : status === 'active' ? 'true' : 'false',
    sort: 'name',
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const categories = useProductCategories();
  const deactivate = useDeactivateProduct();
  const reactivate = useUpdateProduct();
  const [editing, setEditing] = useState<{ isOpen: boolean; product: Product | null }>({ isOpen: false, product: null });

  const columns: TableColumnsType<Product> = [
    {
      key: 'name',
      title: t('products.field.name'),
      render: (_, p) => (
        <Space size={4} wrap>
          <Typography.Text strong delete={!p.isActive}>{p.name}</Typography.Text>
          {p.isHighMargin && <Tag color="gold">{t('products.highMargin')}</Tag>}
          {!p.isActive && <Tag>{t('products.inactive')}</Tag>}
        </Space>
      ),
    },
    { key: 'spec', title: t('products.field.spec'), render: (_, p) => p.spec ?? '—' },
    { key: 'unit', title: t('products.field.unit'), dataIndex: 'unit' },
    { key: 'category', title: t('products.field.category'), render: (_, p) => p.category ?? '—' },
    { key: 'code', title: t('products.field.code'), render: (_, p) => (p.code ? <Typography.Text code>{p.code}</Typography.Text> : '—') },
    { key: 'price', title: t('products.field.standardPrice'), align: 'right', render: (_, p) => formatYuan(p.standardPriceFen) },
  ];
  if (canManageProducts) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, p) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing({ isOpen: true, product: p })}>
            {t('common.edit')}
          </Button>
          {p.isActive ? (
            <Popconfirm
              title={t('products.deactivateConfirm', { name: p.name })}
              description={t('products.deactivateHint')}
              okText={t('products.deactivate')}
              cancelText={t('common.cancel')}
              onConfirm={() => deactivate.mutate({ id: p.id, version: p.version }, { onSuccess: () => void message.success(t('products.deactivated')), onError: (e) => handleError(e) })}
            >
              <Button type="link" size="small" danger>
                {t('products.deactivate')}
              </Button>
            </Popconfirm>
          ) : (
            <Button type="link" size="small" onClick={() => reactivate.mutate({ id: p.id, body: { version: p.version, isActive: true } }, { onError: (e) => handleError(e) })}>
              {t('products.reactivate')}
            </Button>
          )}
        </Space>
      ),
    });
  }

  return (
    <>
      <PageHeader
        title={t('products.menu')}
        description={t('products.description')}
        extra={
          canManageProducts && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ isOpen: true, product: null })}>
              {t('products.create')}
            </Button>
          )
        }
      />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 16 }}>
        <Input.Search
          aria-label={t('products.search')}
          placeholder={t('products.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          allowClear
          style={{ flex: '3 1 240px', minWidth: 200, maxWidth: 400 }}
        />
        <Select
          aria-label={t('products.field.category')}
          placeholder={t('products.allCategories')}
          value={category}
          onChange={(value?: string) => update({ category: value })}
          options={(categories.data?.items ?? []).map((c) => ({ value: c.category, label: `${c.category} (${c.count})` }))}
          allowClear
          style={fieldStyle}
        />
        <Select
          aria-label={t('products.status')}
          value={status}
          onChange={(value: string) => update({ status: value === 'active' ? undefined : value })}
          options={[
            { value: 'active', label: t('products.onlyActive') },
            { value: 'inactive', label: t('products.onlyInactive') },
            { value: 'all', label: t('products.allStatuses') },
          ]}
          style={fieldStyle}
        />
      </div>
      {products.error && <Alert type="error" showIcon title={errorText(t, products.error)} style={{ marginBottom: 16 }} />}
      <Table<Product>
        rowKey="id"
        columns={columns}
        dataSource={products.data?.items ?? []}
        loading={products.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('products.empty')} /> }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: products.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (next) => update({ page: next > 1 ? String(next) : undefined }),
          showTotal: (n) => t('common.total', { total: n }),
        }}
      />
      {canManageProducts && <ProductFormDrawer isOpen={editing.isOpen} product={editing.product} onClose={() => setEditing({ isOpen: false, product: null })} />}
    </>
  );
}
