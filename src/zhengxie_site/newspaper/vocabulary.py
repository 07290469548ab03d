"""The words a page prints that the importer reads by name: section labels, the labels of photo and
opinion columns, and the words of a page's staff line. Every paper has its own; `importer:` in site.yaml
adds a paper's words to these (docs/config.md)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

LABELS = frozenset({
    "聚焦", "资讯", "图片新闻", "简讯", "要闻", "综合", "视点", "动态", "评论", "时评", "短评", "言论",
    "观点", "专题", "关注", "特稿", "访谈", "专访", "社会", "经济", "文化", "履职", "建言", "提案",
    "委员风采", "基层", "图片", "快讯", "新闻", "声音", "回音壁", "议政", "协商", "调研", "本期关注", "公告",
})
PHOTO_LABELS = frozenset({"图片新闻", "图片", "图说", "镜头"})
COMMENT_LABELS = frozenset({"评论", "时评", "短评", "言论", "观点", "评论员文章", "议政论坛"})
_PHOTO_COLUMN = re.compile(r"(?:镜头|影像|掠影|剪影|图说|图片新闻)$|^(?:图说|图片|影像)[\u4e00-\u9fff]{1,4}$")  # 图说鹭岛
# Page staff printed at the foot of a page: 责任编辑：李明 美术编辑：王芳 / 本版编辑 张三 (longest first)
STAFF_WORDS = ("本版责任编辑", "本版主编", "本版编辑", "本版责编", "责任编辑", "责编", "美术编辑", "美编", "视觉设计", "视觉编辑", "视觉",
               "版面设计", "版式设计", "版式", "排版", "设计", "图片编辑", "图编", "校对", "审读", "审校", "审核", "检校", "一审", "二审", "三审", "终审", "本版策划", "策划",
               "值班编辑", "执行主编", "版式总监", "见习编辑", "主编", "组版", "责校", "编辑")
# names may be padded (谭  宁), or be parted by a dot (古丽娜尔·吾甫尔); 本版责编 / 谭  宁  校对 / 马  磊
_STAFF_NAME = r"(?:[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff·](?:\s*[\u4e00-\u9fff·]){1,3})"
_AFTER_WORD = r"(?:\s*[：:/／]\s*|\s+)"  # a mark or a space after the word
_BETWEEN = r"(?:[/／|｜]\s*)"  # 责任编辑 程宇航 / 美术编辑 徐卓: a slash between the posts
# the desk's phone and mail: 责任编辑：董  宇 E-mail:…, …　新闻热线：010-84395127, 电话：(010)67113791,
# 联系电话：（010）67550704　电子信箱：…
CONTACT_WORDS = r"(?:E-?mail|(?:电子|投稿)?(?:邮箱|信箱)|(?:联系)?电话|传真|[\u4e00-\u9fff]{0,2}热线)"
_CONTACT_VALUE = r"[\w.@+\-（）()]+"
# after the staff, or between the posts (责任编辑：孙蕾　电话：（010）51893217　版式设计：陈晨)
_CONTACT = re.compile(rf"(?:\s+{CONTACT_WORDS}\s*[:：]?\s*{_CONTACT_VALUE})+(?=\s|$)", re.IGNORECASE)


@dataclass(frozen=True)
class Vocabulary:
    labels: frozenset[str] = LABELS  # section labels known to be labels (others are guessed, and reported)
    photo_labels: frozenset[str] = PHOTO_LABELS  # columns of photo news
    comment_labels: frozenset[str] = COMMENT_LABELS  # columns of opinion
    staff_words: tuple[str, ...] = STAFF_WORDS

    def is_photo_column(self, label: str) -> bool:
        """图片新闻, or a column named for its pictures: 履职镜头, 城市影像, 履职掠影, 图说鹭岛."""
        return label in self.photo_labels or bool(_PHOTO_COLUMN.search(label))

    def adding(self, labels=(), photo_labels=(), comment_labels=(), staff_words=()) -> "Vocabulary":
        """These words and a paper's own."""
        photo, comment = self.photo_labels | set(photo_labels), self.comment_labels | set(comment_labels)
        staff = tuple(sorted(set(self.staff_words) | set(staff_words), key=len, reverse=True))
        return replace(self, labels=self.labels | set(labels) | photo | comment, photo_labels=photo,
                       comment_labels=comment, staff_words=staff)

    @cached_property
    def _staff(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        # a two-character post may be padded to the width of the others (美　编：马　丽)
        words = "|".join(rf"{re.escape(w[0])}[ \u3000]?{re.escape(w[1])}" if len(w) == 2 else re.escape(w)
                         for w in self.staff_words)
        return (re.compile(rf"^(?:{words}){_AFTER_WORD}\S"),
                re.compile(rf"^(?:(?:{words}){_AFTER_WORD}{_STAFF_NAME}(?:[\s、]+{_STAFF_NAME})*?\s*{_BETWEEN}?)+$"))

    def is_staff_line(self, s: str) -> bool:
        """A page's staff credits (责任编辑：李明 美术编辑：王芳, perhaps with the desk's mail address):
        page data, not an article."""
        start, line = self._staff
        s = _CONTACT.sub("", s)
        return "\n" not in s and len(s) <= 60 and bool(start.match(s)) and bool(line.match(s))


DEFAULT = Vocabulary()
