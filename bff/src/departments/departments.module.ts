import { Module } from '@nestjs/common';
import { DepartmentFiguresService } from './department-figures.service';
import { DepartmentsController } from './departments.controller';

/** The city's department directory (data in shared) with each department's figures. */
@Module({
  controllers: [DepartmentsController],
  providers: [DepartmentFiguresService],
  exports: [DepartmentFiguresService],
})
export class DepartmentsModule {}
