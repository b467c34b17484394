// enumnames.h — the one table per enum that maps it to the names used in documents and on the
// command line; reader, writer and CLI all use it so the names cannot drift apart.
#pragma once

#include "model/portfolio.h"

#include <optional>
#include <span>
#include <string_view>

namespace rb::model {

template <typename E>
struct EnumName {
    E value;
    const char *name;
};

template <typename E>
std::span<const EnumName<E>> enumNames();

template <typename E>
std::optional<E> enumFromName(std::string_view name)
{
    for (const auto &n : enumNames<E>())
        if (name == n.name) return n.value;
    return std::nullopt;
}

template <typename E>
const char *enumName(E value)
{
    for (const auto &n : enumNames<E>())
        if (n.value == value) return n.name;
    return "";
}

// "planned, running, done" — for error messages.
template <typename E>
std::string enumChoices()
{
    std::string out;
    for (const auto &n : enumNames<E>()) {
        if (!*n.name) continue;
        if (!out.empty()) out += ", ";
        out += n.name;
    }
    return out;
}

} // namespace rb::model
