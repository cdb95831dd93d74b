/** The usage text (`--help`), in the order a clerk meets the commands. */
export const USAGE = `用法：npm run cli -- <命令> [--data 数据文件夹] [--json]
人员、单位可写姓名（名称）或编号；重名时须用编号（people、units 列出编号）。
  init --org 单位名称 [--departments 科室1,科室2] [--subunits 单位1,单位2]
                                  在空的数据文件夹中建立单位
  demo [--people N] [--years Y]   载入演示数据（默认 300 人）
  status                          数据文件夹概况
  import roster|incidents|reviews|records|roles 文件… [--dry-run] [--skip-invalid] [--period 周期] [--unit 单位]
                                  导入花名册、表现记录、评鉴表、工作纪实表或管理职责表（.xlsx/.xls，可多个文件）；
                                  --dry-run 只检查不写入，--skip-invalid 只导入无误的行；
                                  花名册：--unit 单位名称或编号（表中找不到单位的行导入到这里），
                                  --map 表头=字段[,表头=字段…] 或 --map-file 文件.json 把未使用的列导入为某个字段（记住供下次使用）
  export roles-template 文件       导出管理职责导入表（已填好现有的管理职责，改好后 import roles 导入）
  export roster 文件 [--unit 单位编号] [--pdf [--columns 姓名,现任职务,…]]
                                  导出花名册（A4 横向）
  export review-sheet 文件 --period 周期 --unit 单位编号 [--reviewer 评鉴人编号]
                                  导出科室评鉴表（发给科室负责人填写后再导入）；--reviewer 只含他评鉴的人
  export records 文件 --period 周期 [--unit 单位编号 | --person 人员编号]
                                  导出工作纪实表
  export summary 文件 --period 周期 [--unit 单位编号] [--pdf]
                                  导出平时考核结果汇总表（A4 纵向）；--pdf 或文件名以 .pdf 结尾时生成 PDF
  export register 文件 --period 周期 [--unit 单位编号 | --person 人员编号] [--pdf]
                                  导出平时考核登记表（每人两页，公务员、事业单位按人员类别分别用各自的表）
  export work-records 文件 --period 周期 [--unit 单位编号 | --person 人员编号] [--cadence week|month] [--blank] [--pdf]
                                  导出打印用的工作纪实表（按周或按月）；--blank 为空白表
  export annual 文件 --year 年份 [--unit 单位编号 | --person 人员编号] [--pdf]
                                  导出年度考核登记表（“需要说明的情况”已按平时考核填好，正反面打印）
  export annual-review 文件 --year 年份 [--unit 单位编号] [--pdf]
                                  导出年度考核评议表（各期平时考核等次和年度推荐等次）
  export accountability 文件 --period 周期 [--person 人员编号] [--pdf]
                                  导出管理责任规则适用情况（每条结果一页，含依据；由上级党组织考核的人为报上级党组织的建议）
  export notice 文件 --period 周期 [--pdf] [--phone 联系电话] [--start 日期] [--end 日期] [--grades 好,较好]
                                  导出公示名单（周期须已公示或归档）；公示期默认从今天起 7 天，默认只列“好”等次
  export template 模板名称 文件 --period 周期 [--unit 单位编号 | --person 人员编号] [--per-person]
                                  用自己的表格模板（考核设置 → 表格样式）填写：文件为 .xlsx、.docx、.pdf，
                                  或 .zip / --per-person（Word 模板每人一个文档）
  units                           单位列表（编号、名称、人数）
  people [--unit 单位] [--search 姓名] [--all]
                                  人员列表（编号、姓名、单位、职务、管理职责）；--all 含已离开的人员
  roles list | add --person 姓名 --kind 职责 [--unit 范围] [--supervise 单位1,单位2] [--from 日期] [--until 日期]
  roles remove 职责编号           管理职责：职责为 党组主要负责人、党组班子成员、二层单位班子成员、组织人事负责人、科室负责人
  incidents list [--person 姓名]
  incidents add --person 姓名|--unit 单位 --kind 类别 --handling 处理方式 --date 日期 --reason 事由 [--doc 文号] [--months 影响期]
  incidents tolerate 记录编号 --decision 免责|从轻 --body 认定机关 --doc 文号 --date 日期 --distinction 1|2|3 [--note 说明]
  incidents close 记录编号 --date 结案日期
                                  表现记录与容错认定（事由在列表中遮盖，与界面一致）
  period list | show 周期 | open 周期 | advance 周期 | grade 周期 | publish 周期 | archive 周期
  period back 周期 --to 状态 --reason 理由 | reopen 周期 --reason 理由
                                  考核周期：周期编号如 2025-Q1（季度）、2025-M04（月度）；
                                  状态 recording 进行中 / reviewing 评鉴 / grading 评定 / publicity 公示
  period undetermined 周期 --person 姓名 --reason 原因 [--note 说明] | --clear
  period confirm 周期 --person 姓名 [--note 说明] | --all [--yes]
                                  确认管理责任规则的结果（逐条；--all 列出全部，加 --yes 才确认）
  period tie 周期 --keep 姓名[,姓名] [--pool 名额池]
                                  同分决定：按姓名指定保留“好”的人
  period override 周期 --person 姓名 --grade 等次 --reason 理由 | --clear --reason 理由
  period regrade 周期             按顺序重新评定（前期材料有改动时：先前期、后本期）
  review set 周期 --person 姓名 [--score 分数] [--grade 等次] [--comment 意见]
  review check 周期 --person 姓名 --agree [--opinion 意见] | --grade 等次 --opinion 意见 | --clear
                                  主管领导评鉴；分管领导审核（考核设置开启时）
  record add 周期 --person 姓名 --date 日期 --content 工作内容 [--progress 完成情况] [--note 备注]
  summary set 周期 --person 姓名 [--text 个人小结] [--absent 旷工天数] [--leave 病事假天数] [--late 迟到早退次数]
  settings get | set 名称=值 …    考核设置（settings get 列出全部名称和含义）
  call 通道 [--input JSON | --input-file 文件]
                                  调用界面使用的任一通道（同样的检查、权限和操作日志）
  annual 年份                     年度汇总：各期等次、评优资格、编外人员续聘建议
  backup 文件                     把全部数据备份到一个文件
  restore 文件                    从备份文件恢复（恢复前自动备份当前数据）
  verify                          校验数据文件、数据文件校验值和操作日志
  audit export 文件 [--from 日期] [--to 日期] [--actor 操作人] [--kind 类别] [--keyword 关键字]
                                  把操作日志（可筛选）导出为 Excel
  password reset --recovery 恢复码 --password 新密码 [--user 管理员]
                                  忘记密码时：用设置密码时保存的恢复码为管理员设置新密码
设置了访问密码时，其他命令须加 --user 用户名 --password 密码
（或设置环境变量 APPRAISAL_DESK_USER、APPRAISAL_DESK_PASSWORD）。
退出码：0 完成 · 1 输入被拒绝（未写入任何数据）· 2 用法错误 · 3 数据被占用或已损坏`;
