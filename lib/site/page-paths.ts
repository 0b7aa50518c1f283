import type { ApiModel } from '../model/types';
import { definitionPath, kindPath, resourcePath, SITE_PAGES } from './urls';

/** Every page path the site serves for this model, for the static export, the 404 page and search. */
export function allPagePaths(model: ApiModel): string[] {
  const paths: string[] = Object.values(SITE_PAGES);
  const kinds: string[] = [];
  for (const group of model.groups) {
    paths.push(group.path);
    for (const gv of group.versions) {
      paths.push(gv.path);
      for (const resource of gv.resources) {
        paths.push(resourcePath(resource));
        if (resource.kind) kinds.push(kindPath(resource.kind));
      }
    }
  }
  paths.push(...kinds);
  for (const name of Object.keys(model.definitions)) paths.push(definitionPath(name));
  return [...new Set(paths)];
}
