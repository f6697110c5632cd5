import 'reflect-metadata';
import { getMetadataStorage, IsInt, IsString, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { validatePayload } from './validation.js';

class Item {
  @IsInt()
  @Min(1)
  quantity!: number;
}

class Base {
  @IsString()
  name!: string;
}

class Order extends Base {
  @ValidateNested({ each: true })
  @Type(() => Item)
  items!: Item[];
}

describe('class-validator rules looked up once per class', () => {
  it('gives the same verdicts as before, inherited rules included, and walks the storage once per class', async () => {
    const storage = getMetadataStorage() as unknown as { getTargetValidationMetadatas: { cached?: true } };
    expect(storage.getTargetValidationMetadatas.cached).toBe(true);
    await expect(
      validatePayload(Order, { name: 'x', items: [{ quantity: 1 }, { quantity: 2 }] }),
    ).resolves.toBeInstanceOf(Order);
    await expect(validatePayload(Order, { name: 3, items: [{ quantity: 1 }, { quantity: 0 }] })).rejects.toMatchObject({
      fields: expect.arrayContaining([
        expect.objectContaining({ field: 'name' }),
        expect.objectContaining({ field: 'items[1].quantity' }),
      ]),
    });
    const a = (getMetadataStorage() as any).getTargetValidationMetadatas(Order, undefined, false, false);
    const b = (getMetadataStorage() as any).getTargetValidationMetadatas(Order, undefined, false, false);
    expect(a).toEqual(b);
    expect(a).not.toBe(b); // a copy each time: one caller's change never reaches the next
    expect(a.map((m: { propertyName: string }) => m.propertyName).sort()).toEqual(
      expect.arrayContaining(['items', 'name']),
    );
  });

  it('sees a rule added after a first lookup (a class decorated later)', async () => {
    class Late {
      @IsString()
      a!: string;
    }
    await expect(validatePayload(Late, { a: 'ok' })).resolves.toBeInstanceOf(Late);
    class Later extends Late {
      @IsInt()
      b!: number;
    }
    await expect(validatePayload(Later, { a: 'ok', b: 'no' })).rejects.toMatchObject({
      fields: [expect.objectContaining({ field: 'b' })],
    });
    await expect(validatePayload(Late, { a: 'ok', b: 1 })).rejects.toMatchObject({
      fields: [expect.objectContaining({ field: 'b' })],
    }); // b is unknown to Late
  });
});
