export { default, metadata } from '../_routes/named-groups';
