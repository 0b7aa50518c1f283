import { describe, expect, it } from 'vitest';
import {
  ACCEPT_AGGREGATED_V2,
  ACCEPT_DISCOVERY,
  discoveryFormatOf,
  isOpenApiProtobuf,
  mediaTypeMatches,
  parseAccept,
  parseMediaType,
} from './media-type';

describe('media types', () => {
  it('parses the aggregated discovery type with its identity parameters', () => {
    expect(parseMediaType(ACCEPT_AGGREGATED_V2)).toEqual({
      essence: 'application/json',
      params: { g: 'apidiscovery.k8s.io', v: 'v2', as: 'APIGroupDiscoveryList' },
      q: 1,
    });
  });

  it('orders an Accept header by q, keeping header order for ties', () => {
    const types = parseAccept('application/json;q=0.5, application/yaml, text/plain;q=0, application/cbor');
    expect(types.map((t) => t.essence)).toEqual(['application/yaml', 'application/cbor', 'application/json']);
  });

  it('the discovery Accept header asks for v2, then v2beta1, then legacy JSON', () => {
    expect(parseAccept(ACCEPT_DISCOVERY).map((t) => t.params.v ?? 'legacy')).toEqual(['v2', 'v2beta1', 'legacy']);
  });

  it('plain application/json does not accept an aggregated document, as in kube-apiserver', () => {
    const [plain] = parseAccept('application/json');
    expect(mediaTypeMatches(plain!, ACCEPT_AGGREGATED_V2)).toBe(false);
    expect(mediaTypeMatches(plain!, 'application/json; charset=utf-8')).toBe(true);
  });

  it('treats both spellings of the OpenAPI protobuf type as one', () => {
    const [wanted] = parseAccept('application/com.github.proto-openapi.spec.v2@v1.0+protobuf');
    expect(mediaTypeMatches(wanted!, 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf')).toBe(true);
    expect(isOpenApiProtobuf('application/json')).toBe(false);
  });

  it('names discovery formats from the response Content-Type', () => {
    expect(discoveryFormatOf(ACCEPT_AGGREGATED_V2)).toBe('aggregated-v2');
    expect(discoveryFormatOf('application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList')).toBe('aggregated-v2beta1');
    expect(discoveryFormatOf('application/json')).toBe('legacy');
    expect(discoveryFormatOf('text/html')).toBe('unknown');
  });
});
