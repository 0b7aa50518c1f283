import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { embeddedModel } from '../../test-support/model';
import { resourceRoot } from '../site/field-views';
import { explainCommand, explainFor, kubectlResourceArg, proxyCollectionUrl, verbExamples } from './kubectl';
import { findResource } from './lookup';
import { manifestSkeleton } from './manifest';
import type { ApiModel, ApiResource } from './types';

let model: ApiModel;
beforeAll(async () => {
  model = await embeddedModel();
});
const resource = (group: string, version: string, name: string): ApiResource => findResource(model, group, version, name)!;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed manifest, walked freely by the assertions
const skeleton = (r: ApiResource) => parse(manifestSkeleton(model.definitions, r, resourceRoot(model, r))) as Record<string, any>;

describe('manifest skeletons', () => {
  it('gives a Deployment its required spec.selector and spec.template, with matching labels and a container', () => {
    const manifest = skeleton(resource('apps', 'v1', 'deployments'));
    expect(manifest).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'my-deployment', namespace: 'default' } });
    expect(manifest.spec.selector).toEqual({ matchLabels: { app: 'my-deployment' } });
    expect(manifest.spec.template.metadata.labels).toEqual({ app: 'my-deployment' });
    expect(manifest.spec.template.spec.containers).toEqual([{ name: '<name>', image: '<image>' }]);
  });

  it('leaves cluster-scoped objects without a namespace and fills required fields by type', () => {
    const crd = skeleton(resource('apiextensions.k8s.io', 'v1', 'customresourcedefinitions'));
    expect(crd.metadata).toEqual({ name: 'my-customresourcedefinition' });
    expect(crd.spec).toMatchObject({ group: '<group>', names: { plural: '<plural>', kind: '<kind>' }, scope: '<scope>' });
    expect(crd.spec.versions[0]).toMatchObject({ name: '<name>', served: false, storage: false });
  });

  it('parses as YAML for every resource of the snapshot', () => {
    for (const group of model.groups) {
      for (const gv of group.versions) {
        for (const r of gv.resources) expect(() => skeleton(r), r.name).not.toThrow();
      }
    }
  });
});

describe('commands', () => {
  it('puts namespaced resources under a namespace and cluster resources not', () => {
    expect(proxyCollectionUrl(resource('', 'v1', 'pods'))).toBe('http://127.0.0.1:8001/api/v1/namespaces/default/pods');
    expect(proxyCollectionUrl(resource('', 'v1', 'nodes'))).toBe('http://127.0.0.1:8001/api/v1/nodes');
    expect(proxyCollectionUrl(resource('apps', 'v1', 'deployments'))).toBe('http://127.0.0.1:8001/apis/apps/v1/namespaces/default/deployments');
    const pod = Object.fromEntries(verbExamples(model, resource('', 'v1', 'pods')).map((e) => [e.verb, e]));
    expect(pod.get).toEqual({
      verb: 'get',
      kubectl: 'kubectl get pods my-pod -n default -o yaml',
      curl: 'curl http://127.0.0.1:8001/api/v1/namespaces/default/pods/my-pod',
    });
    expect(pod.create!.curl).toBe(
      "curl -X POST -H 'Content-Type: application/yaml' --data-binary @my-pod.yaml http://127.0.0.1:8001/api/v1/namespaces/default/pods",
    );
    const node = Object.fromEntries(verbExamples(model, resource('', 'v1', 'nodes')).map((e) => [e.verb, e]));
    expect(node.list).toEqual({ verb: 'list', kubectl: 'kubectl get nodes', curl: 'curl http://127.0.0.1:8001/api/v1/nodes' });
    expect(node.delete!.curl).toBe('curl -X DELETE http://127.0.0.1:8001/api/v1/nodes/my-node');
  });

  it('lists only the verbs the resource has', () => {
    expect(verbExamples(model, resource('authorization.k8s.io', 'v1', 'selfsubjectaccessreviews')).map((e) => e.verb)).toEqual(['create']);
  });

  it('pins the version when kubectl would pick another', () => {
    expect(kubectlResourceArg(model, resource('apps', 'v1', 'deployments'))).toBe('deployments.apps');
    expect(kubectlResourceArg(model, resource('autoscaling', 'v1', 'horizontalpodautoscalers'))).toBe('horizontalpodautoscalers.v1.autoscaling');
    expect(explainFor(explainCommand(model, resource('apps', 'v1', 'deployments')), 'spec.template.spec.containers.image')).toBe(
      'kubectl explain deployment.spec.template.spec.containers.image',
    );
    expect(explainFor(explainCommand(model, resource('autoscaling', 'v1', 'horizontalpodautoscalers')), 'spec')).toBe(
      'kubectl explain horizontalpodautoscaler.spec --api-version=autoscaling/v1',
    );
    expect(explainFor(explainCommand(model, resource('events.k8s.io', 'v1', 'events')), '')).toBe(
      'kubectl explain event --api-version=events.k8s.io/v1',
    );
    expect(explainFor(explainCommand(model, resource('', 'v1', 'events')), '')).toBe('kubectl explain event');
  });
});
