import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CITY_IDS, DEPARTMENT_KINDS, departmentsOf, type CityId, type DepartmentKind, type DepartmentsResponse } from '@portal/shared';
import { requireCity } from '../common/city';
import { LocalizedTextDto } from '../common/freshness.dto';
import { PublicCache } from '../http-cache/public-cache.decorator';
import { DepartmentFiguresService } from './department-figures.service';

class DepartmentFiguresDto {
  @ApiProperty({ description: 'Letters received in the last 12 months' }) received: number;
  @ApiProperty() answered: number;
  @ApiProperty({ nullable: true, type: Number, description: '0..1; null before the first answer' }) answeredOnTimeShare: number | null;
  @ApiProperty({ nullable: true, type: Number }) medianDaysToAnswer: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Average rating 1..5; null before the first rating' }) satisfaction: number | null;
  @ApiProperty() ratings: number;
}

class DepartmentWithFiguresDto {
  @ApiProperty({ example: 'chengdu-wuhou' }) id: string;
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ enum: DEPARTMENT_KINDS }) kind: DepartmentKind;
  @ApiProperty({ type: LocalizedTextDto }) name: LocalizedTextDto;
  @ApiProperty({ type: DepartmentFiguresDto }) figures: DepartmentFiguresDto;
}

class DepartmentsResponseDto {
  @ApiProperty({ enum: CITY_IDS }) city: CityId;
  @ApiProperty({ type: [DepartmentWithFiguresDto] }) departments: DepartmentWithFiguresDto[];
}

@ApiTags('letters')
@Controller('v1/cities/:city/departments')
export class DepartmentsController {
  constructor(private readonly figures: DepartmentFiguresService) {}

  @Get()
  @PublicCache(30)
  @ApiOperation({ summary: "The city's departments a citizen can write to, with their figures over the last 12 months" })
  @ApiOkResponse({ type: DepartmentsResponseDto })
  async list(@Param('city') cityId: string): Promise<DepartmentsResponse> {
    const city = requireCity(cityId).id;
    const departments = departmentsOf(city);
    const figures = await this.figures.figures(departments.map((d) => d.id));
    return { city, departments: departments.map((d) => ({ ...d, figures: figures.get(d.id)! })) };
  }
}
