export { default, metadata } from '../_routes/compare-index';
