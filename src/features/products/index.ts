export { ProductSwitcher } from './ProductSwitcher';
