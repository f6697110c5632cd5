import type { Category, Unit } from '../api/types';
import { t } from '../i18n';

export const CATEGORIES: Category[] = ['fruit', 'vegetable', 'rice_grain', 'processed_food', 'handicraft', 'other'];
export const unitLabel = (u: Unit | string) => t(`unit.${u}`);
export const categoryLabel = (c: Category | string) => t(`category.${c}`);
