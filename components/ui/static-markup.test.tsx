import { describe, expect, it } from 'vitest';
import { renderStaticMarkup } from './static-markup';

function Item({ name, href }: { name: string; href?: string }) {
  return href ? <a href={href}>{name}</a> : <>{name}</>;
}

describe('renderStaticMarkup', () => {
  it('renders elements, components, fragments and lists as HTML', () => {
    expect(
      renderStaticMarkup(
        <div className="ops" id="x" hidden>
          <Item name="a" href="#a" />
          {[<Item key="b" name="b" />, null, false, 3]}
          <br />
        </div>,
      ),
    ).toBe('<div class="ops" id="x" hidden><a href="#a">a</a>b3<br></div>');
  });

  it('escapes text and attribute values (quotes only where they matter: in attributes)', () => {
    const hostile = '"><img src=x onerror=alert(1)>';
    expect(renderStaticMarkup(<a title={hostile}>{hostile}</a>)).toBe(
      '<a title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">"&gt;&lt;img src=x onerror=alert(1)&gt;</a>',
    );
    expect(renderStaticMarkup(<p>{`It's "Always" & <b>`}</p>)).toBe(`<p>It's "Always" &amp; &lt;b&gt;</p>`);
  });

  it('refuses what it cannot render faithfully: handlers, inner HTML, async components', () => {
    expect(() => renderStaticMarkup(<button onClick={() => {}} />)).toThrow(/onClick/);
    expect(() => renderStaticMarkup(<div dangerouslySetInnerHTML={{ __html: '<b>' }} />)).toThrow(/dangerouslySetInnerHTML/);
    async function Later() {
      return <p />;
    }
    expect(() => renderStaticMarkup(<Later />)).toThrow(/async/);
  });
});
