# ctest's bench_gui_smoke: runs claimsmith-bench-gui on a store of 3,000
# users that it makes itself in WORK_DIR (removed first and afterwards), and
# checks that it finished and printed every figure and the table — not the
# figures' values, which belong to the benchmark, not to a test.
#   cmake -DBENCH=path/to/claimsmith-bench-gui -DWORK_DIR=dir -P SmokeTest.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(
    COMMAND "${BENCH}" --users 3000 --store "${WORK_DIR}/demo-3000.claimsmith"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
message("${out}")
message("${err}")
file(REMOVE_RECURSE "${WORK_DIR}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "claimsmith-bench-gui exited with ${result}")
endif()

set(figures
    gui.users.open.first_page.cold
    gui.users.open.first_page.warm_median
    gui.users.open.first_page.warm_worst
    gui.users.filter.common.cold
    gui.users.filter.common.warm_median
    gui.users.filter.common.warm_worst
    gui.users.filter.rare.cold
    gui.users.filter.rare.warm_median
    gui.users.filter.rare.warm_worst
    gui.users.filter.combined.cold
    gui.users.filter.combined.warm_median
    gui.users.filter.combined.warm_worst
    gui.users.filter.clear.median
    gui.users.scroll.page_steps.time
    gui.users.scroll.page_steps.actions
    gui.users.scroll.page_steps.store_calls
    gui.users.scroll.rows
    gui.users.scroll.jump_to_top.time
    gui.users.scroll.jump_to_top.store_calls
    gui.users.scroll.jump_to_middle.time
    gui.users.scroll.jump_to_middle.store_calls
    gui.users.scroll.jump_to_end.time
    gui.users.scroll.jump_to_end.store_calls
    gui.users.scroll.drag_to_end.time
    gui.users.scroll.drag_to_end.drags
    gui.users.scroll.drag_to_end.store_calls
    gui.users.scroll.max_pages_in_memory
    gui.users.scroll.vmhwm
    gui.users.scroll.vmrss_max_sampled
    gui.users.scroll.rss_anon_max_sampled
    gui.users.scroll.rss_file_max_sampled
    gui.users.memory.vmrss_before_open
    gui.users.memory.vmrss_after_scroll
    gui.users.memory.vmhwm_before_scroll
    gui.users.stall.open
    gui.users.stall.filter
    gui.users.stall.scroll
    gui.users.stall.all
    gui.users.stall.setup
    gui.templates.keystroke.to_preview.median
    gui.templates.keystroke.to_preview.p95
    gui.templates.keystroke.to_preview.max
    gui.templates.keystroke.to_painted.median
    gui.templates.keystroke.to_painted.p95
    gui.templates.keystroke.to_painted.max
    tmpl.compile_100_lines.median
    tmpl.render_100_lines.median
    gui.templates.stall.typing)
set(rows
    "open -> first page painted, cold"
    "open -> first page painted, warm median"
    "open -> first page painted, warm worst"
    "filter common"
    "filter rare"
    "filter combined"
    "filter cleared"
    "scroll top -> bottom in page steps"
    "jump to top"
    "jump to the middle"
    "jump to the end"
    "drag to end on a fresh list"
    "max pagesInMemory() while scrolling"
    "peak RSS while scrolling"
    "max VmRSS sampled"
    "peak RSS before scrolling"
    "longest GUI stall: open"
    "longest GUI stall: filter"
    "longest GUI stall: scroll"
    "longest GUI stall: all of the above"
    "keystroke -> preview shows the claims, median"
    "keystroke -> preview shows the claims, p95"
    "keystroke -> claims painted, p95"
    "longest GUI stall: typing")
set(missing "")
foreach(figure IN LISTS figures)
    string(FIND "${out}" "\"name\":\"${figure}\"" at)
    if(at EQUAL -1)
        list(APPEND missing "figure ${figure}")
    endif()
endforeach()
foreach(row IN LISTS rows)
    string(FIND "${out}" "\n${row}" at)
    if(at EQUAL -1)
        list(APPEND missing "table row \"${row}\"")
    endif()
endforeach()
foreach(text IN ITEMS "creating it with 3000 users" "figure  " "verdict")
    string(FIND "${out}${err}" "${text}" at)
    if(at EQUAL -1)
        list(APPEND missing "\"${text}\"")
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " missing)
    message(FATAL_ERROR "claimsmith-bench-gui did not print:\n  ${missing}")
endif()
message("claimsmith-bench-gui printed every figure")
