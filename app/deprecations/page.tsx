export { default, metadata } from '../_routes/deprecations';
