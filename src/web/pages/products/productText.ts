// "抗磨液压油 L-HM46 · 200L/桶" wherever a product is named in one line.
export const productText = (p: { name: string; spec?: string | null }): string => (p.spec ? `${p.name} · ${p.spec}` : p.name);
