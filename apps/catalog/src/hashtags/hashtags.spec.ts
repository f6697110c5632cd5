import { hashtagLine, productHashtags, toHashtag } from './hashtags.js';

const dokKhamtai = {
  provinceCode: '56',
  provinceNameTh: 'พะเยา',
  districtNameTh: 'ดอกคำใต้',
  laoDisplayNameTh: 'เทศบาลเมืองดอกคำใต้',
};

describe('hashtags', () => {
  it('makes the programme line for a Dok Khamtai product', () => {
    expect(hashtagLine(productHashtags(dokKhamtai, []))).toBe(
      '#ตลาดนัดท้องถิ่นออนไลน์เครือข่ายของดีบ้านเรา #ของดีบ้านเรา #เที่ยวท้องถิ่น #จังหวัดพะเยา #อำเภอดอกคำใต้ #เทศบาลเมืองดอกคำใต้',
    );
  });

  it("appends the producer's tags without spaces, dots, leading # or duplicates", () => {
    const tags = productHashtags(dokKhamtai, ['ลำไย อบแห้ง', '#ของดี.พะเยา', 'ของดีบ้านเรา', ' ', '']);
    expect(tags.slice(6)).toEqual(['#ลำไยอบแห้ง', '#ของดีพะเยา']);
    expect(tags).toHaveLength(8);
  });

  it('strips spaces and dots inside a place name', () => {
    expect(toHashtag('อบต. บ้าน ใหม่')).toBe('#อบตบ้านใหม่');
    expect(toHashtag(' . ')).toBeNull();
  });

  it('uses เขต for Bangkok', () => {
    const tags = productHashtags(
      {
        provinceCode: '10',
        provinceNameTh: 'กรุงเทพมหานคร',
        districtNameTh: 'พระนคร',
        laoDisplayNameTh: 'กรุงเทพมหานคร',
      },
      [],
    );
    expect(tags.slice(3)).toEqual(['#กรุงเทพมหานคร', '#เขตพระนคร']);
  });
});
