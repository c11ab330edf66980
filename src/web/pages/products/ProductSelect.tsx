import { useTranslation } from 'react-i18next';
import { useProducts } from '../../api/products.queries.ts';
import { RemoteSelect, type PickerProps } from '../../components/RemoteSelect.tsx';
import { productText } from './productText.ts';

const useProductOptions = (isActiveOnly: boolean) => (q: string, isEnabled: boolean) => {
  const products = useProducts({ q: q || undefined, isActive: isActiveOnly ? 'true' : undefined, sort: 'name', limit: 30 }, { enabled: isEnabled });
  const options = (products.data?.items ?? []).map((p) => ({ value: p.id, label: productText(p) }));
  return { options, isFetching: products.isFetching };
};
const useActiveProductOptions = useProductOptions(true);
const useAnyProductOptions = useProductOptions(false);

// Picks a catalogue product, searched on the server (name, specification, pinyin, code). New sales
// take active products only; filters may name discontinued ones too.
export function ProductSelect({ placeholder, isActiveOnly = true, ...props }: PickerProps & { isActiveOnly?: boolean }) {
  const { t } = useTranslation();
  return <RemoteSelect {...props} placeholder={placeholder ?? t('products.search')} useSearch={isActiveOnly ? useActiveProductOptions : useAnyProductOptions} />;
}
