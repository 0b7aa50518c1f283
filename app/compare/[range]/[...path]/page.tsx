export { default, generateMetadata, generateStaticParams } from '../../../_routes/compare-resource';
