import { laoDisplayName } from './lao-name.js';

describe('laoDisplayName', () => {
  it('joins type and name', () => {
    expect(laoDisplayName('เทศบาลเมือง', 'ดอกคำใต้')).toBe('เทศบาลเมืองดอกคำใต้');
    expect(laoDisplayName('องค์การบริหารส่วนจังหวัด', 'พะเยา')).toBe('องค์การบริหารส่วนจังหวัดพะเยา');
  });
  it('keeps a name that already is the full name', () => {
    expect(laoDisplayName('เมืองพัทยา', 'เมืองพัทยา')).toBe('เมืองพัทยา');
  });
});
