// filtersupport.h — shared by the filter proxy models: set a filter value and re-filter only when it
// actually changes (so a QML binding that writes the same value costs nothing and emits nothing).
#pragma once

namespace rb::model {

template <typename T, typename Refilter>
void assignFilter(T &member, const T &value, Refilter &&refilter)
{
    if (member == value) return;
    member = value;
    refilter();
}

} // namespace rb::model
