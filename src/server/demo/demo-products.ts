// The demo company's catalogue (润达工业润滑油): what its industrial customers buy. Prices are
// list prices per unit in fen; costRate is the cost as a share of the price (the high-margin
// products are the synthetics and specialities GRD-1 counts separately).
export type DemoProduct = {
  code: string;
  name: string;
  spec: string;
  unit: string;
  category: string;
  priceFen: number;
  costRate: number;
  isHighMargin: boolean;
  // Typical quantities of one order: [min, max] units.
  quantity: [number, number];
  isActive?: boolean;
};

export const DEMO_PRODUCTS: readonly DemoProduct[] = [
  { code: 'RD-HM46-200', name: '抗磨液压油 L-HM46', spec: '200L/桶', unit: '桶', category: '液压油', priceFen: 2_980_00, costRate: 0.78, isHighMargin: false, quantity: [2, 12] },
  { code: 'RD-HM46-18', name: '抗磨液压油 L-HM46', spec: '18L/桶', unit: '桶', category: '液压油', priceFen: 320_00, costRate: 0.76, isHighMargin: false, quantity: [4, 40] },
  { code: 'RD-HM68-200', name: '抗磨液压油 L-HM68', spec: '200L/桶', unit: '桶', category: '液压油', priceFen: 3_150_00, costRate: 0.78, isHighMargin: false, quantity: [1, 8] },
  { code: 'RD-CKD220-200', name: '工业闭式齿轮油 L-CKD220', spec: '200L/桶', unit: '桶', category: '齿轮油', priceFen: 3_600_00, costRate: 0.74, isHighMargin: false, quantity: [1, 6] },
  { code: 'RD-CKD320-18', name: '工业闭式齿轮油 L-CKD320', spec: '18L/桶', unit: '桶', category: '齿轮油', priceFen: 420_00, costRate: 0.72, isHighMargin: false, quantity: [2, 24] },
  { code: 'RD-PAO320-18', name: '合成齿轮油 PAO 320', spec: '18L/桶', unit: '桶', category: '齿轮油', priceFen: 1_280_00, costRate: 0.52, isHighMargin: true, quantity: [1, 12] },
  { code: 'RD-G68-200', name: '导轨油 L-G68', spec: '200L/桶', unit: '桶', category: '导轨油', priceFen: 3_300_00, costRate: 0.75, isHighMargin: false, quantity: [1, 4] },
  { code: 'RD-CUT-200', name: '半合成水溶性切削液', spec: '200L/桶', unit: '桶', category: '切削液', priceFen: 2_600_00, costRate: 0.7, isHighMargin: false, quantity: [1, 10] },
  { code: 'RD-CUTS-18', name: '全合成切削液', spec: '18L/桶', unit: '桶', category: '切削液', priceFen: 680_00, costRate: 0.5, isHighMargin: true, quantity: [2, 20] },
  { code: 'RD-LI2-15', name: '锂基润滑脂 2#', spec: '15kg/桶', unit: '桶', category: '润滑脂', priceFen: 260_00, costRate: 0.74, isHighMargin: false, quantity: [2, 30] },
  { code: 'RD-CLI-15', name: '高温复合锂基润滑脂', spec: '15kg/桶', unit: '桶', category: '润滑脂', priceFen: 580_00, costRate: 0.55, isHighMargin: true, quantity: [1, 16] },
  { code: 'RD-DAB46-200', name: '空压机油 L-DAB46', spec: '200L/桶', unit: '桶', category: '空压机油', priceFen: 4_200_00, costRate: 0.73, isHighMargin: false, quantity: [1, 3] },
  { code: 'RD-SAC-20', name: '合成空压机油', spec: '20L/桶', unit: '桶', category: '空压机油', priceFen: 980_00, costRate: 0.5, isHighMargin: true, quantity: [1, 10] },
  { code: 'RD-TSA46-200', name: '汽轮机油 L-TSA46', spec: '200L/桶', unit: '桶', category: '汽轮机油', priceFen: 3_400_00, costRate: 0.76, isHighMargin: false, quantity: [1, 4] },
  { code: 'RD-RUST-200', name: '薄层防锈油', spec: '200L/桶', unit: '桶', category: '防锈油', priceFen: 2_400_00, costRate: 0.72, isHighMargin: false, quantity: [1, 5] },
  { code: 'RD-H1-20', name: '食品级润滑油 H1', spec: '20L/桶', unit: '桶', category: '特种油', priceFen: 1_650_00, costRate: 0.48, isHighMargin: true, quantity: [1, 8] },
  // The old packaging, discontinued: it stays on the 2024 sales recorded with it.
  { code: 'RD-HM32-170', name: '抗磨液压油 L-HM32', spec: '170kg/桶', unit: '桶', category: '液压油', priceFen: 2_450_00, costRate: 0.8, isHighMargin: false, quantity: [1, 8], isActive: false },
];
