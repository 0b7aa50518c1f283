export { default, metadata } from '../_routes/definitions';
