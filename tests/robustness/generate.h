// generate.h — large, valid portfolios built in code (big inputs are generated, never committed).
#pragma once

#include "model/portfolio.h"

namespace rb::test {

// `posts` posts in a chain-like acyclic network: post i precedes posts i+1 .. i+depsPerPost (when they
// exist), so there are about posts × depsPerPost dependencies. `variant` changes the programme name
// and every post title, so that two variants differ everywhere in the file.
inline rb::model::Portfolio generatePortfolio(int posts, int depsPerPost, const QString &variant = QStringLiteral("A"))
{
    using namespace rb::model;
    Portfolio p;
    p.programme.name = QStringLiteral("Generated programme %1").arg(variant);
    p.programme.start = QDate(2019, 1, 1);
    p.programme.end = QDate(2029, 12, 31);
    p.successFactors = defaultSuccessFactors();
    p.posts.reserve(posts);
    for (int i = 0; i < posts; ++i) {
        Post post;
        post.id = QStringLiteral("P%1").arg(i);
        post.title = QStringLiteral("Post %1 of variant %2").arg(i).arg(variant);
        post.theme = 1 + i % 5;
        post.kind = i % 3 == 0 ? PostKind::Project : PostKind::Activity;
        post.start = QDate(2019, 1, 1).addDays(i % 1000);
        post.durationDays = 1 + i % 90;
        post.owner = QStringLiteral("Owner %1").arg(i % 17);
        post.note = QStringLiteral("Generated note with ëxtra characters € %1").arg(i);
        p.posts.append(post);
    }
    p.dependencies.reserve(qsizetype(posts) * depsPerPost);
    for (int i = 0; i < posts; ++i)
        for (int k = 1; k <= depsPerPost && i + k < posts; ++k) {
            Dependency d;
            d.from = p.posts[i].id;
            d.to = p.posts[i + k].id;
            d.type = k == 2 ? LinkType::SS : LinkType::FS;
            d.lagDays = k == 3 ? 5 : 0;
            p.dependencies.append(d);
        }
    return p;
}

} // namespace rb::test
