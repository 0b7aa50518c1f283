export { default, metadata } from '../_routes/core-group';
