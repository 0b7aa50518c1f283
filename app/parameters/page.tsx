export { default, metadata } from '../_routes/parameters';
