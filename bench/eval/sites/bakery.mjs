// Crumb & Co.: a bakery's order page built of web components with open shadow
// roots: <bake-card> with its title slotted from the light DOM, its price,
// stock, size radios (real radios named "size" in every card's own root), a
// nested <qty-input> stepper, an icon-only wishlist heart (aria-pressed) and
// an <info-tip> whose bubble shows on hover; "Add to basket" is an
// <sl-button> whose text is slotted. The same page as the grounding fixture
// shadow-bakery.html, recording with rec().
import { doc } from './common.mjs';

const css = `body{font-family:sans-serif;margin:0;background:#fbf6ee} header{background:#6b3e1e;color:#fff;padding:10px 18px;display:flex;justify-content:space-between}
main{padding:14px 18px} .grid{display:grid;grid-template-columns:repeat(3,260px);gap:14px}
`;

const body = `<header><b>CRUMB &amp; CO.</b><span id="basket">Basket (0)</span></header><main>
<h1>Today's bakes</h1>
<div class="grid">
  <bake-card sku="sourdough"><h3 slot="title">Sourdough loaf</h3>Our house loaf, crackly crust.</bake-card>
  <bake-card sku="rye"><h3 slot="title">Rye &amp; caraway bread</h3>Dense and dark, keeps a week.</bake-card>
  <bake-card sku="croissant"><h3 slot="title">Butter croissant</h3>Laminated with French butter.</bake-card>
  <bake-card sku="bun"><h3 slot="title">Cinnamon bun</h3>Cardamom dough, cinnamon swirl.</bake-card>
  <bake-card sku="babka"><h3 slot="title">Pistachio babka</h3>Twisted brioche, pistachio cream.</bake-card>
</div>
<p id="note" role="status"></p>
</main>
`;

const script = `function ev(o){var a=o.action;delete o.action;rec(a,o)}
const P={
  sourdough:{sizes:[['500 g',4.2],['1 kg',6.8]],stock:'In stock',tip:'Made with a 48-hour starter. Contains wheat.'},
  rye:{sizes:[['800 g',5.1]],stock:'Only 2 left',tip:'Contains rye and wheat flour.'},
  croissant:{sizes:[['Single',1.9],['Box of 6',10.5]],stock:'In stock',tip:'Baked fresh at 7 am daily.'},
  bun:{sizes:[['Single',2.6],['Box of 4',9.4]],stock:'Sold out',tip:'Contains nuts: almond glaze.'},
  babka:{sizes:[['Half',7],['Whole',12.5]],stock:'In stock',tip:'Contains nuts (pistachio). Serves 8.'},
};
let count=0;
/* a quantity stepper component, used inside each card's shadow root */
customElements.define('qty-input',class extends HTMLElement{
  connectedCallback(){if(this.shadowRoot)return;const r=this.attachShadow({mode:'open'});
    r.innerHTML='<style>:host{display:inline-flex;align-items:center;border:1px solid #ccc;border-radius:16px}button{border:0;background:none;width:26px;height:26px;cursor:pointer;font-size:16px}input{width:34px;text-align:center;border:0;background:none}</style><button part="dec" aria-label="Decrease quantity">&#x2212;</button><input type="number" min="1" max="20" value="1" aria-label="Quantity"><button part="inc" aria-label="Increase quantity">+</button>';
    const i=r.querySelector('input');r.querySelector('[part=dec]').onclick=()=>{i.value=Math.max(1,+i.value-1)};r.querySelector('[part=inc]').onclick=()=>{i.value=Math.min(20,+i.value+1)};}
  get value(){return +this.shadowRoot.querySelector('input').value}
});
/* a tooltip component: the bubble shows on hover or focus of its icon */
customElements.define('info-tip',class extends HTMLElement{
  connectedCallback(){if(this.shadowRoot)return;const r=this.attachShadow({mode:'open'});
    r.innerHTML='<style>:host{position:relative;display:inline-block}button{border:0;background:none;cursor:help;font-size:15px}[role=tooltip]{position:absolute;left:24px;top:-4px;width:170px;background:#222;color:#fff;font-size:12px;padding:6px;border-radius:4px;display:none;z-index:5}[role=tooltip].on{display:block}</style><button aria-label="More information" aria-describedby="t">&#x24D8;</button><div role="tooltip" id="t"></div>';
    const t=r.getElementById('t'),b=r.querySelector('button');
    const on=()=>{t.textContent=this.getAttribute('text');t.classList.add('on');ev({action:'tip',value:this.closest('bake-card')?this.closest('bake-card').getAttribute('sku'):this.getRootNode().host.getAttribute('sku')})},off=()=>t.classList.remove('on');
    b.addEventListener('mouseenter',on);b.addEventListener('focus',on);b.addEventListener('mouseleave',off);b.addEventListener('blur',off);}
});
customElements.define('sl-button',class extends HTMLElement{
  connectedCallback(){if(this.shadowRoot)return;const r=this.attachShadow({mode:'open'});
    r.innerHTML='<style>button{padding:7px 14px;border-radius:6px;border:0;background:#6b3e1e;color:#fff;cursor:pointer}button[disabled]{background:#bbb;cursor:default}</style><button part="base" type="button"><slot></slot></button>';
    if(this.hasAttribute('disabled'))r.querySelector('button').disabled=true;}
});
customElements.define('bake-card',class extends HTMLElement{
  connectedCallback(){if(this.shadowRoot)return;const sku=this.getAttribute('sku'),p=P[sku],r=this.attachShadow({mode:'open'});
    const out=p.stock==='Sold out';
    if(out)this.setAttribute('disabled','');
    r.innerHTML='<style>:host{display:block;background:#fff;border-radius:10px;padding:12px;position:relative}.img{height:90px;background:#eadbc4;border-radius:8px}.heart{position:absolute;top:16px;right:16px;border:0;background:#fff;border-radius:50%;width:30px;height:30px;cursor:pointer;font-size:16px}.heart[aria-pressed=true]{color:#d22}.price{font-weight:700;font-size:18px}.stock{font-size:12px;color:#276b27}.stock.out{color:#a22}.sizes{border:0;padding:0;margin:6px 0}.sizes label{margin-right:10px}.row{display:flex;gap:8px;align-items:center;margin-top:8px}.desc{font-size:13px;color:#555}</style>'+
      '<div class="img" aria-hidden="true"></div><button class="heart" aria-label="Add to wishlist" aria-pressed="false">&#x2661;</button>'+
      '<slot name="title"></slot><div class="desc"><slot></slot> <info-tip></info-tip></div>'+
      '<div class="price"></div><div class="stock"></div>'+
      '<div class="sizes" role="radiogroup" aria-label="Size"></div>'+
      '<div class="row"><qty-input></qty-input><sl-button class="add">Add to basket</sl-button></div>';
    r.querySelector('info-tip').setAttribute('text',p.tip);
    const st=r.querySelector('.stock');st.textContent=p.stock;if(out)st.classList.add('out');
    let size=p.sizes[0][0];const price=r.querySelector('.price');const show=()=>{price.textContent='£'+p.sizes.find(s=>s[0]===size)[1].toFixed(2)};show();
    p.sizes.forEach((s,i)=>{const id='s'+i,l=document.createElement('label');l.innerHTML='<input type="radio" name="size" id="'+id+'"'+(i?'':' checked')+'> <span></span>';l.querySelector('span').textContent=s[0];
      l.querySelector('input').onchange=()=>{size=s[0];show();ev({action:'size',sku,value:size})};r.querySelector('.sizes').appendChild(l)});
    if(out)r.querySelector('.add').setAttribute('disabled','');
    const h=r.querySelector('.heart');h.onclick=()=>{const on=h.getAttribute('aria-pressed')!=='true';h.setAttribute('aria-pressed',String(on));h.setAttribute('aria-label',on?'Remove from wishlist':'Add to wishlist');h.innerHTML=on?'&#x2665;':'&#x2661;';ev({action:'wish',sku,on})};
    r.querySelector('.add').addEventListener('click',()=>{if(out)return;const qty=r.querySelector('qty-input').value;count+=qty;document.getElementById('basket').textContent='Basket ('+count+')';
      document.getElementById('note').textContent='Added '+qty+' to your basket';ev({action:'add',sku,size,qty})});
  }
});
`;

export default {
  name: 'bakery',
  title: 'Crumb & Co.',
  pages: { '/': doc({ title: 'Crumb & Co. bakery: order online', css, body, script }) },
};
