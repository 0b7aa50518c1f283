export { default } from './_routes/home';
