export { default, metadata } from '../_routes/endpoints';
